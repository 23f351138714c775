package io.dyadline.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Work that runs beside the requests: one named daemon thread per kind of work, so a stop never waits for it. */
public final class Background {

    private Background() {
    }

    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
