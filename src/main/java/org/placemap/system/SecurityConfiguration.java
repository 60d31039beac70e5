package org.placemap.system;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import org.placemap.accounts.Access;
import org.placemap.api.ApiProblems;
import org.placemap.accounts.Accounts;
import org.placemap.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may use placemap, by {@code placemap.security}:
 *
 * <ul>
 *   <li><b>{@code local}</b> (default): one person on this machine. The server listens on 127.0.0.1 only
 *       (unless {@code server.address} says otherwise), nobody logs in, everyone may do everything.</li>
 *   <li><b>{@code team}</b>: the server listens on every interface. The app has a login page; the REST
 *       API takes HTTP Basic ({@code -u name:password}) or a token ({@code Authorization: Bearer pm_…})
 *       and never a session cookie, so it needs no CSRF token, while the UI keeps Spring Security's and
 *       Vaadin's CSRF protection. Reads (GET) need an account of either role, or none with
 *       {@code placemap.public-read=true}; every write (POST, PUT, DELETE) needs the editor role.
 *       Anonymous writes answer 401, a reader's 403, both as {@code application/problem+json}.
 *       {@code /actuator/health} is open to probes; the other actuator endpoints and the OpenAPI
 *       documents are reads.</li>
 * </ul>
 * The first start in {@code team} mode makes the editor {@code admin}, with
 * {@code PLACEMAP_ADMIN_PASSWORD} or a random one-time password printed to the log.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    UserDetailsService accountDetails(Accounts accounts) {
        return name -> accounts.find(name)
                .map(a -> User.withUsername(a.name()).password(a.passwordHash()).authorities(a.role().authority()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no account " + name));
    }

    @Bean
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder(Accounts accounts) {
        return accounts.passwordEncoder();
    }

    @Bean
    Access access(PlacemapProperties properties) {
        boolean team = properties.security() == PlacemapProperties.Security.TEAM;
        boolean publicRead = properties.publicRead();
        return new Access() {
            @Override
            public boolean accountsEnabled() {
                return team;
            }

            @Override
            public String userName() {
                Authentication a = current();
                return a == null ? null : a.getName();
            }

            @Override
            public boolean canRead() {
                return !team || publicRead || current() != null;
            }

            @Override
            public boolean canWrite() {
                Authentication a = current();
                return !team || a != null && a.getAuthorities().stream()
                        .anyMatch(g -> g.getAuthority().equals(Role.EDITOR.authority()));
            }

            private Authentication current() {
                Authentication a = SecurityContextHolder.getContext().getAuthentication();
                return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? null : a;
            }
        };
    }

    /** {@code local}: 127.0.0.1 unless {@code server.address} is set. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> bindAddress(PlacemapProperties properties, Environment env) {
        return factory -> {
            if (properties.security() == PlacemapProperties.Security.LOCAL && !env.containsProperty("server.address")) {
                factory.setAddress(InetAddress.getLoopbackAddress());
            }
        };
    }

    // ---- the chains ---------------------------------------------------------------------------
    // Both modes have the same two chains, and the mode is read when they are built, not by a condition
    // on the bean definitions: the fast-starting form of the app (target/app) is processed by Spring's
    // AOT engine at build time, which fixes the set of beans, so a @ConditionalOnProperty on
    // placemap.security would be decided once, by the build, and ignored at run time (ArchitectureTest).

    /** The REST API, the actuator and the OpenAPI documents. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, Accounts accounts, PlacemapProperties properties, JsonMapper json)
            throws Exception {
        http.securityMatcher(API_PATHS);
        return (team(properties) ? teamApi(http, accounts, properties, json) : local(http)).build();
    }

    /** Everything else: the Vaadin app, its login page and its static files. */
    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, PlacemapProperties properties) throws Exception {
        return (team(properties) ? teamUi(http, properties) : local(http)).build();
    }

    /** Static files of the app's own (src/main/resources/META-INF/resources) that every page, the login page too, loads. */
    private static final String[] PUBLIC_FILES = {"/placemap.css", "/icons/**"};

    private static final String[] API_PATHS =
            {"/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    private static boolean team(PlacemapProperties properties) {
        return properties.security() == PlacemapProperties.Security.TEAM;
    }

    /** {@code local}: one person on 127.0.0.1, no logins; Vaadin protects its own requests with its CSRF token. */
    private static HttpSecurity local(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    }

    /** {@code team}, the API: HTTP Basic or a bearer token on every request, no session, no CSRF. */
    private static HttpSecurity teamApi(HttpSecurity http, Accounts accounts, PlacemapProperties properties,
            JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"placemap\"");
            problem(response, HttpStatus.UNAUTHORIZED,
                    "Log in: HTTP Basic with an account, or Authorization: Bearer with a token.", request, json);
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                "This account or token may read but not change the library (it needs the editor role).", request, json);
        return http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable()) // no cookies authenticate these requests, so there is nothing to forge
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokens(accounts, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    for (HttpMethod read : List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS)) {
                        if (properties.publicRead()) {
                            a.requestMatchers(read, "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                        } else {
                            a.requestMatchers(read, "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                                    .hasAnyRole(Role.READER.name(), Role.EDITOR.name());
                        }
                    }
                    a.requestMatchers(HttpMethod.GET, "/actuator/**").hasAnyRole(Role.READER.name(), Role.EDITOR.name());
                    a.anyRequest().hasRole(Role.EDITOR.name());
                });
    }

    /** {@code team}, the app: Vaadin's login view, and Spring Security's and Vaadin's CSRF protection. */
    private static HttpSecurity teamUi(HttpSecurity http, PlacemapProperties properties) throws Exception {
        // the app's own style sheet and icon, which the login page itself uses: open to all (they were sent to the
        // login page, which asked for them again, in a loop of redirects a new user's trial found)
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_FILES).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView("/login");
            // which view a person may open is decided by the views themselves (MapView asks Access), so that
            // placemap.public-read can open reading without code changes
            vaadin.enableNavigationAccessControl(false);
            vaadin.anyRequest(properties.publicRead() ? a -> a.permitAll() : a -> a.authenticated());
        });
    }

    /** The first account, at the first start in team mode. */
    @Bean
    ApplicationRunner firstAdmin(Accounts accounts, PlacemapProperties properties) {
        return args -> {
            if (!team(properties) || !accounts.isEmpty()) {
                return;
            }
            String given = properties.adminPassword();
            String password = given == null || given.isBlank() ? Accounts.randomPassword() : given;
            accounts.create("admin", password, Role.EDITOR);
            if (given == null || given.isBlank()) {
                log.warn("""

                        ==================================================================
                         First start in team mode: made the editor account "admin" with
                         the one-time password {}
                         It is not shown again. Add accounts with
                         java -jar placemap.jar user create NAME --role reader|editor
                        ==================================================================""", password);
            } else {
                log.info("First start in team mode: made the editor account \"admin\" with PLACEMAP_ADMIN_PASSWORD");
            }
        };
    }

    /** An RFC 9457 problem document, built and written like every other error under {@code /api}. */
    private static void problem(HttpServletResponse response, HttpStatus status, String detail,
            HttpServletRequest request, JsonMapper json) throws IOException {
        ApiProblems.write(response, ApiProblems.of(status, detail, request.getRequestURI()), json);
    }

    /**
     * {@code Authorization: Bearer pm_…}: a token made by {@code token create}. A bearer header with an
     * unknown token is refused (401) rather than treated as anonymous.
     */
    static final class BearerTokens extends OncePerRequestFilter {
        private final Accounts accounts;
        private final AuthenticationEntryPoint unauthorized;

        BearerTokens(Accounts accounts, AuthenticationEntryPoint unauthorized) {
            this.accounts = accounts;
            this.unauthorized = unauthorized;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var owner = accounts.byToken(header.substring(7).strip());
                if (owner.isEmpty()) {
                    unauthorized.commence(request, response,
                            new org.springframework.security.authentication.BadCredentialsException("unknown token"));
                    return;
                }
                var auth = UsernamePasswordAuthenticationToken.authenticated(owner.get().name(), null,
                        List.of(new SimpleGrantedAuthority(owner.get().role().authority())));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
