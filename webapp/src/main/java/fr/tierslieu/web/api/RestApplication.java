package fr.tierslieu.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Root of every module's REST resources ({@code /api/<moduleId>/…}); resources are discovered in
 * the module jars. The OpenAPI description is served at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Tiers-Lieu Studio API",
                        version = "1",
                        description =
                                "JSON API of Tiers-Lieu Studio. Same users and roles as the web pages; "
                                        + "HTTP Basic or the web session. Errors: {status, message, errors[{field, message}]}."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
