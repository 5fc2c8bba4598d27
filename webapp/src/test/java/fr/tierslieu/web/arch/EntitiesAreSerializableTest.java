package fr.tierslieu.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every entity and embeddable of the core and of the modules can be serialized, down to its fields
 * and the elements of its collections. Pages keep entities in their state (a table's current page);
 * one that cannot be serialized keeps the whole session from being replicated to the other instances
 * of a cluster, and every page of that session then dies with its instance (issue 20; found by
 * webapp/src/test/bench/scale.sh: the actor list's page of actors).
 */
class EntitiesAreSerializableTest {

    static List<String> notSerializable(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.isAnnotatedWith(Entity.class) && !type.isAnnotatedWith(Embeddable.class)) {
                continue;
            }
            Class<?> c = type.reflect();
            if (!Serializable.class.isAssignableFrom(c)) {
                found.add(c.getName());
            }
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m)
                            || Modifier.isTransient(m)
                            || f.getName().startsWith("_persistence")) {
                        continue;
                    }
                    if (!serializable(f.getGenericType())) {
                        found.add(c.getName() + "." + f.getName() + " ("
                                + f.getGenericType().getTypeName() + ")");
                    }
                }
            }
        }
        return found;
    }

    private static boolean serializable(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive()
                    || Serializable.class.isAssignableFrom(c)
                    || Collection.class.isAssignableFrom(c)
                    || Map.class.isAssignableFrom(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type argument : p.getActualTypeArguments()) {
                    if (!serializable(argument)) {
                        return false;
                    }
                }
                return true;
            }
            return serializable(raw);
        }
        return true; // type variables and wildcards: the bound is checked where it is declared
    }

    @Test
    void everyEntityAndEmbeddableSerializes() {
        assertThat(notSerializable(ProductionClasses.withEntities())).isEmpty();
    }

    @Test
    void theRuleCatchesAFieldThatDoesNotSerialize() {
        assertThat(notSerializable(new ClassFileImporter().importClasses(Holder.class, Part.class)))
                .containsExactlyInAnyOrder(
                        Part.class.getName(),
                        Holder.class.getName() + ".part (" + Part.class.getName() + ")",
                        Holder.class.getName() + ".parts (java.util.List<" + Part.class.getName() + ">)");
    }

    @Entity
    static class Holder implements Serializable {
        Part part;
        List<Part> parts;
        transient Part skipped;
        String fine;
    }

    @Embeddable
    static class Part {}
}
