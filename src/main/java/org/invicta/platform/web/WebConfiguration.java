package org.invicta.platform.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** English by default, Welsh on request ({@code ?lang=cy}), remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String govukFrontend;

    WebConfiguration(@Value("${invicta.govuk-frontend}") String govukFrontend) {
        this.govukFrontend = govukFrontend;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("invicta-language");
        resolver.setDefaultLocale(Locale.UK);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    // GOV.UK Frontend's stylesheet refers to its images under /assets/; its fonts are GOV.UK's alone.
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/images/**", "/assets/rebrand/**")
                .addResourceLocations("classpath:/META-INF/resources" + govukFrontend + "/assets/images/",
                        "classpath:/META-INF/resources" + govukFrontend + "/assets/rebrand/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
