package org.placemap.api;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of "every API error is a problem" that live below Spring MVC: the filter in front of
 * {@code /api} ({@link ApiRequestFilter}) and Tomcat's error report valve ({@link ProblemJsonErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class ApiServerConfiguration {

    /** The version in the OpenAPI document: the jar's (its manifest), or "development" when run from classes. */
    static String version() {
        String v = ApiServerConfiguration.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development" : v;
    }

    /** The OpenAPI document's title, version and description (shown by Swagger UI, read by client generators). */
    @Bean
    io.swagger.v3.oas.models.OpenAPI placemapOpenApi() {
        return new io.swagger.v3.oas.models.OpenAPI().info(new io.swagger.v3.oas.models.info.Info()
                .title("placemap API")
                .version(version())
                .description("Add, read and delete news articles, and export the places they mention and the "
                        + "distances they cite (JSON, GeoJSON, CSV). Exports take the map's filters as parameters "
                        + "(article, kind, verdict). Every error is application/problem+json (RFC 9457).")
                .license(new io.swagger.v3.oas.models.info.License().name("See the project README")));
    }

    @Bean
    FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(JsonMapper json) {
        FilterRegistrationBean<ApiRequestFilter> registration = new FilterRegistrationBean<>(new ApiRequestFilter(json));
        registration.addUrlPatterns("/*"); // it picks the API's requests itself, see shouldNotFilter
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The write rate limit, after Spring Security (which knows the account) and before the controllers.
     */
    @Bean
    FilterRegistrationBean<WriteRateLimit> writeRateLimit(JsonMapper json,
            @org.springframework.beans.factory.annotation.Value("${placemap.writes-per-minute:120}") int perMinute) {
        FilterRegistrationBean<WriteRateLimit> registration = new FilterRegistrationBean<>(
                new WriteRateLimit(perMinute, json, System::nanoTime));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /**
     * Replaces the host's error report valve when the host starts: after every customizer has run, so also
     * after Spring Boot's, which adds its own valve to hide stack traces.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports(JsonMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            if (host.getState().isAvailable()) {
                ProblemJsonErrorReportValve.install(host, json);
            } else {
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        ProblemJsonErrorReportValve.install(host, json);
                    }
                });
            }
        });
    }
}
