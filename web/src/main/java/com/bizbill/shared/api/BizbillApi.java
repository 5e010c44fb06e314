package com.bizbill.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The partner API. Every endpoint needs an organisation's API key; errors are RFC 9457 problem+json. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Bizbill partner API", version = "1",
                description = "Wallet, billing and messaging for partners' systems. Authenticate with "
                        + "`Authorization: Bearer <api key>` (or `X-API-Key`). Errors are "
                        + "`application/problem+json` (RFC 9457) with a stable `code` and, for bad input, "
                        + "an `errors` list of fields."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        in = SecuritySchemeIn.HEADER)
public class BizbillApi extends Application {
}
