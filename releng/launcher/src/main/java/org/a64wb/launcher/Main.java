package org.a64wb.launcher;

/** {@code java -cp launcher.jar:framework.jar org.a64wb.launcher.Main COMMAND ARGS...}; exits with the command's status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = new Launcher(System.in, System.out, System.err).run(args);
        System.out.flush();
        System.exit(status);
    }
}
