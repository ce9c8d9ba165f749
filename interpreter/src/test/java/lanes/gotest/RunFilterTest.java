package lanes.gotest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a {@code -run} pattern splits and matches (Go's testing/match.go). */
class RunFilterTest {
    @Test
    void splitsAtSlashesOutsideBracketsAndParentheses() {
        assertEquals(List.of("A", "b", "c"), RunFilter.split("A/b/c", '/'));
        assertEquals(List.of("A[/]", "(x/y)", "z\\/w"), RunFilter.split("A[/]/(x/y)/z\\/w", '/'));
        assertEquals(List.of("A]", "b"), RunFilter.split("A]/b", '/')); // an unmatched ] is legal
        assertEquals(List.of(""), RunFilter.split("", '/'));
    }

    @Test
    void eachElementMatchesItsLevelUnanchored() {
        RunFilter f = new RunFilter("Add/big");
        assertTrue(f.matches(List.of("TestAdd")));
        assertTrue(f.matches(List.of("TestAddNegative")));
        assertFalse(f.matches(List.of("TestOther")));
        assertTrue(f.matches(List.of("TestAdd", "big")));
        assertFalse(f.matches(List.of("TestAdd", "small_numbers")));
        assertTrue(f.matches(List.of("TestAdd", "big", "deeper")), "levels past the pattern all run");
    }

    @Test
    void topLevelBarsSeparateAlternatives() {
        // current Go: -run 'Add/big|Other' runs TestAdd/big and TestOther
        RunFilter f = new RunFilter("Add/big|Other");
        assertTrue(f.matches(List.of("TestOther")));
        assertTrue(f.matches(List.of("TestAdd", "big")));
        assertFalse(f.matches(List.of("TestAdd", "small")));
        RunFilter g = new RunFilter("Test(A|O)");
        assertTrue(g.matches(List.of("TestOther")));
        assertFalse(g.matches(List.of("TestSub")));
    }

    @Test
    void aBadElementIsNamedInGoWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RunFilter("Add/[x"));
        assertEquals("testing: invalid regexp for element 1 of -test.run (\"[x\"): error parsing regexp: missing closing ]: `[x`",
                e.getMessage());
    }
}
