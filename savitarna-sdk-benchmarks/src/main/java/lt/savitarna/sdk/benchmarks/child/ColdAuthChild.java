package lt.savitarna.sdk.benchmarks.child;

import lt.savitarna.sdk.benchmarks.sk.AuthFlow;

/**
 * A fresh JVM's first validated authentication:
 * {@code ColdAuthChild <flow class> <base URI> <CA PEM> <server PEM>}. The flow is loaded by name,
 * so only its own side's classes are ever touched and the class path can hold that side alone.
 * Prints {@code READY} once authenticated; the parent times process start to that line.
 */
public final class ColdAuthChild {

    private ColdAuthChild() {
    }

    public static void main(String[] args) throws Exception {
        AuthFlow.Target target = AuthFlow.Target.read(args[1], args[2], args[3]);
        AuthFlow flow = (AuthFlow) Class.forName(args[0]).getConstructor(AuthFlow.Target.class).newInstance(target);
        flow.authenticate();
        System.out.println("READY");
        System.out.flush();
        System.exit(0);
    }
}
