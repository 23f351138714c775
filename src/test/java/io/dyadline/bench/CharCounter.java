package io.dyadline.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Characters processed, which JMH reports as a rate next to the operations. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CharCounter {
    public long chars;

    @Setup(Level.Iteration)
    public void reset() {
        chars = 0;
    }
}
