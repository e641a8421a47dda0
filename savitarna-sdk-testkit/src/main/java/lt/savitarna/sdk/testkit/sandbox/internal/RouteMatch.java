package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of routing: a route with its path variables, or nothing, in which case
 * {@code allowedMethods} tells a wrong method (non-empty) from an unknown path (empty).
 */
public record RouteMatch(Optional<Route> route, Map<String, String> variables, Set<String> allowedMethods) {

    public RouteMatch {
        variables = Map.copyOf(variables);
        allowedMethods = Set.copyOf(allowedMethods);
    }

    /** The matched template, or {@code null}. */
    public String templateText() {
        return route.map(r -> r.template().text()).orElse(null);
    }
}
