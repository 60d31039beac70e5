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
