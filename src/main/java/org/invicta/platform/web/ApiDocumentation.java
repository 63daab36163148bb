package org.invicta.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/openapi.json, browsable at /api/docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI invictaApi() {
        return new OpenAPI()
                .info(new Info().title("Invicta API").version("v1")
                        .description("""
                                The API of Invicta, the shared policing information system. Every call acts for the \
                                signed-in user's force only. Errors are RFC 9457 application/problem+json naming the \
                                field and the rule. A record's ETag is its version: send it in If-Match to change \
                                the record; a stale one is answered 409 with both versions' differences. Every read \
                                of personal data is written to the force's DPA 2018 s.62 audit trail.""")
                        .license(new License().name("Open Government Licence v3.0 (content); open-source code")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
