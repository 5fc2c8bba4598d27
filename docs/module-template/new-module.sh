#!/usr/bin/env bash
# Starts a new module from the template, in one copy:
#   docs/module-template/new-module.sh <id> <ClassPrefix>     e.g.  new-module.sh fablab Fablab
# creates module-<id>/ from docs/module-template/module-example (descriptor, entity, service,
# page, REST resource, migration, bundles, persistence unit with the audit customizer, tests),
# renamed for <id>, and adds it to the parent pom's modules and to the WAR (a profile of
# webapp/pom.xml, active unless -Dwithout-<id>). Then: ./mvnw -pl module-<id> -am install.
set -euo pipefail
cd "$(dirname "$0")/../.."
id=${1:?usage: new-module.sh <id: lowercase letters> <ClassPrefix>}
prefix=${2:?usage: new-module.sh <id> <ClassPrefix>}
[[ "$id" =~ ^[a-z][a-z0-9]{1,19}$ ]] || { echo "the id is 2 to 20 lowercase letters or digits: $id" >&2; exit 1; }
[[ "$prefix" =~ ^[A-Z][A-Za-z0-9]*$ ]] || { echo "the class prefix starts with a capital: $prefix" >&2; exit 1; }
[ ! -e "module-$id" ] || { echo "module-$id exists already" >&2; exit 1; }
case "$id" in core|web|example) echo "the id $id is taken" >&2; exit 1 ;; esac

cp -r docs/module-template/module-example "module-$id"
rm -rf "module-$id/target"
cd "module-$id"
mv src/main/java/fr/tierslieu/example src/main/java/fr/tierslieu/"$id"
mv src/test/java/fr/tierslieu/example src/test/java/fr/tierslieu/"$id"
mv src/main/resources/fr/tierslieu/example src/main/resources/fr/tierslieu/"$id"
mv src/main/resources/db/migration/example src/main/resources/db/migration/"$id"
mv src/main/resources/META-INF/resources/example src/main/resources/META-INF/resources/"$id"
mv src/main/java/fr/tierslieu/"$id"/ExampleModule.java src/main/java/fr/tierslieu/"$id"/"$prefix"Module.java
mv src/main/resources/db/migration/"$id"/V1__example_note.sql src/main/resources/db/migration/"$id"/V1__"$id"_note.sql
find . -type f \( -name '*.java' -o -name '*.xml' -o -name '*.xhtml' -o -name '*.properties' -o -name '*.sql' \) -print0 |
  xargs -0 sed -i \
    -e "s/ExampleModule/${prefix}Module/g" \
    -e "s/fr\.tierslieu\.example/fr.tierslieu.$id/g" \
    -e "s/tierslieu-module-example/tierslieu-module-$id/g" \
    -e "s/module example (template)/module $id/g" \
    -e "s/example_/${id}_/g" \
    -e "s/\"example\"/\"$id\"/g" \
    -e "s#/example/#/$id/#g" \
    -e "s#/api/example#/api/$id#g" \
    -e "s#example/notes#$id/notes#g" \
    -e "s#db/migration/example#db/migration/$id#g" \
    -e "s/\bexample\.\([a-z]\)/$id.\1/g" \
    -e "s/(example,/($id,/g; s/example's/$id's/g; s/example\.<page/$id.<page/g; s/example\.<area/$id.<area/g; s/example\.enum/$id.enum/g; s/example\.menu/$id.menu/g; s/example\.error/$id.error/g" \
    -e '/<relativePath>/d'
cd ..
python3 - "$id" <<'PY'
import sys
i = sys.argv[1]
p = "pom.xml"; s = open(p).read()
s = s.replace("        <module>webapp</module>", f"        <module>module-{i}</module>\n        <module>webapp</module>", 1)
open(p, "w").write(s)
p = "webapp/pom.xml"; s = open(p).read()
profile = f"""        <profile>
            <id>module-{i}</id>
            <activation>
                <property>
                    <name>!without-{i}</name>
                </property>
            </activation>
            <dependencies>
                <dependency>
                    <groupId>fr.tierslieu</groupId>
                    <artifactId>tierslieu-module-{i}</artifactId>
                    <version>${{project.version}}</version>
                </dependency>
            </dependencies>
            <properties>
                <tierslieu.it.{i}>true</tierslieu.it.{i}>
            </properties>
            <build>
                <plugins>
                    <plugin>
                        <groupId>org.codehaus.mojo</groupId>
                        <artifactId>build-helper-maven-plugin</artifactId>
                        <executions>
                            <execution>
                                <id>{i}-browser-suites</id>
                                <phase>generate-test-sources</phase>
                                <goals>
                                    <goal>add-test-source</goal>
                                </goals>
                                <configuration>
                                    <sources>
                                        <source>${{project.basedir}}/../module-{i}/src/e2e/java</source>
                                    </sources>
                                </configuration>
                            </execution>
                        </executions>
                    </plugin>
                </plugins>
            </build>
        </profile>
    </profiles>"""
s = s.replace("    </profiles>", profile, 1)
s = s.replace("    </properties>", f"        <tierslieu.it.{i}>false</tierslieu.it.{i}>\n    </properties>", 1)
s = s.replace(
    "                    </systemPropertyVariables>",
    f"                        <tierslieu.it.modules.{i}>${{tierslieu.it.{i}}}</tierslieu.it.modules.{i}>\n"
    "                    </systemPropertyVariables>",
    1)
open(p, "w").write(s)
PY
echo "module-$id created; build it with ./mvnw -pl module-$id -am install, then ./run.sh"
