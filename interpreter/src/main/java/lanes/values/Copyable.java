package lanes.values;

/**
 * A hidden field value that Go copies by value although Lanes keeps it as a Java object
 * (the state of a sync.Mutex or sync.WaitGroup inside a struct): copying the struct calls
 * {@link #goCopy}.
 */
public interface Copyable {
    Object goCopy();
}
