package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Method + path template → handler. Routes are tried in the order added; later parts of the API
 * add theirs with {@link #add}. Thread-safe.
 */
public final class Router {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public Router add(String method, String template, Access access, Idempotency idempotency, Handler handler) {
        routes.add(new Route(method.toUpperCase(Locale.ROOT), PathTemplate.parse(template), access, idempotency,
                handler));
        return this;
    }

    public RouteMatch match(String method, String rawPath) {
        String upper = method.toUpperCase(Locale.ROOT);
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.template().match(rawPath);
            if (variables.isEmpty()) {
                continue;
            }
            if (route.method().equals(upper)) {
                return new RouteMatch(Optional.of(route), variables.get(), allowed);
            }
            allowed.add(route.method());
        }
        return new RouteMatch(Optional.empty(), Map.of(), allowed);
    }
}
