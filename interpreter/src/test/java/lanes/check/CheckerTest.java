package lanes.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.interp.Interp;
import lanes.interp.RunConfig;
import lanes.parse.GoParse;

/**
 * The checker's compile errors, word for word and at Go's positions. Each program was built
 * with Go 1.19 for the positions; the wording is current Go's (types2 since 1.20 and 1.24:
 * {@code declared and not used: x}, {@code "os" imported and not used}, {@code as T value},
 * {@code variable of struct type T}, {@code missing method M}).
 */
class CheckerTest {
    private static List<String> errors(String src) {
        Interp in = new Interp(RunConfig.defaults(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        try {
            new Checker(in, "prog.go", in.packages).compile(GoParse.parse("prog.go", src));
            return List.of();
        } catch (CompileError e) {
            return e.diagnostics().stream().map(Diagnostic::toString).toList();
        }
    }

    private static void assertErrors(String src, String... want) {
        assertEquals(List.of(want), errors(src));
    }

    @Test
    void undefinedName() {
        assertErrors("""
                package main

                func main() {
                	x := 1
                	y := undefinedName + x
                }
                """,
                "prog.go:5:7: undefined: undefinedName");
    }

    @Test
    void importedAndNotUsed() {
        assertErrors("""
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() {
                	fmt.Println()
                }
                """,
                "prog.go:5:2: \"os\" imported and not used");
    }

    @Test
    void assignmentMismatchFromCall() {
        assertErrors("""
                package main

                func pair() (int, string) { return 1, "a" }

                func main() {
                	a, b, c := pair()
                	_, _, _ = a, b, c
                }
                """,
                "prog.go:6:13: assignment mismatch: 3 variables but pair returns 2 values");
    }

    @Test
    void cannotUseArgument() {
        assertErrors("""
                package main

                func takes(s string) {}

                func main() {
                	n := 42
                	takes(n)
                }
                """,
                "prog.go:7:8: cannot use n (variable of type int) as string value in argument to takes");
    }

    @Test
    void missingReturn() {
        assertErrors("""
                package main

                func abs(n int) int {
                	if n < 0 {
                		return -n
                	}
                }

                func main() { abs(1) }
                """,
                "prog.go:7:1: missing return");
    }

    @Test
    void argumentCounts() {
        assertErrors("""
                package main

                func add(a, b int) int { return a + b }

                func main() {
                	add(1)
                	add(1, 2, 3)
                }
                """,
                "prog.go:6:6: not enough arguments in call to add\n\thave (number)\n\twant (int, int)",
                "prog.go:7:12: too many arguments in call to add\n\thave (number, number, number)\n\twant (int, int)");
    }

    @Test
    void mismatchedTypes() {
        assertErrors("""
                package main

                func main() {
                	var a int32 = 1
                	var b int64 = 2
                	_ = a + b
                }
                """,
                "prog.go:6:6: invalid operation: a + b (mismatched types int32 and int64)");
    }

    @Test
    void nonBooleanCondition() {
        assertErrors("""
                package main

                func main() {
                	s := "yes"
                	if s {
                	}
                }
                """,
                "prog.go:5:5: non-boolean condition in if statement");
    }

    @Test
    void declaredAndNotUsed() {
        assertErrors("""
                package main

                func main() {
                	count := 0
                	for i := 0; i < 3; i++ {
                		count = i
                	}
                }
                """,
                "prog.go:4:2: declared and not used: count");
    }

    @Test
    void pointerReceiverNotInMethodSet() {
        assertErrors("""
                package main

                type Speaker interface{ Speak() string }

                type Dog struct{}

                func (d *Dog) Speak() string { return "woof" }

                func main() {
                	var s Speaker = Dog{}
                	_ = s
                }
                """,
                "prog.go:10:18: cannot use Dog{} (value of struct type Dog) as Speaker value in variable declaration: Dog does not implement Speaker (method Speak has pointer receiver)");
    }

    @Test
    void singleVariableFromTwoResults() {
        assertErrors("""
                package main

                func f() (int, error) { return 0, nil }

                func main() {
                	x := f()
                	_ = x
                }
                """,
                "prog.go:6:7: assignment mismatch: 1 variable but f returns 2 values");
    }

    @Test
    void cannotUseInDeclaration() {
        assertErrors("""
                package main

                func main() {
                	var f float64 = 1.5
                	var i int = f
                	_ = i
                }
                """,
                "prog.go:5:14: cannot use f (variable of type float64) as int value in variable declaration");
    }

    @Test
    void tooManyReturnValues() {
        assertErrors("""
                package main

                func g() int {
                	return 1, 2
                }

                func main() { g() }
                """,
                "prog.go:4:12: too many return values\n\thave (number, number)\n\twant (int)");
    }

    @Test
    void untypedMismatch() {
        assertErrors("""
                package main

                import "fmt"

                func main() {
                	fmt.Println("a" * 2)
                }
                """,
                "prog.go:6:14: invalid operation: \"a\" * 2 (mismatched types untyped string and untyped int)");
    }

    @Test
    void undefinedFieldOrMethod() {
        assertErrors("""
                package main

                func main() {
                	var m map[string]int
                	m.x = 1
                	var x int
                	x.y()
                }
                """,
                "prog.go:5:4: m.x undefined (type map[string]int has no field or method x)",
                "prog.go:7:4: x.y undefined (type int has no field or method y)");
    }
    @Test
    void tooManyErrorsStopsAtTen() {
        StringBuilder src = new StringBuilder("package main\n\nfunc main() {\n");
        for (int i = 1; i <= 12; i++) src.append("\tv").append(i).append(" := 1\n");
        src.append("}\n");
        List<String> got = errors(src.toString());
        assertEquals(11, got.size());
        assertEquals("prog.go:13:2: declared and not used: v10", got.get(9));
        assertEquals("prog.go:13:2: too many errors", got.get(10));
    }

    @Test
    void validProgramHasNoErrors() {
        assertErrors("""
                package main

                import "fmt"

                func main() {
                	x := []int{1, 2}
                	fmt.Println(x, len(x))
                }
                """);
    }
}
