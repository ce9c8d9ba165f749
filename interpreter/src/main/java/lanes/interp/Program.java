package lanes.interp;

import java.util.List;

/** A compiled program: package variable initialisation, init functions, and main. */
public record Program(String file, Code varInit, List<Code> inits, Code main) {}
