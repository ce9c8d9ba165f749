package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println(sb.String())
	fmt.Fprint(os.Stdout, "a", 1, 2, "b\n")
	s := fmt.Sprintf("%6.2f|%-6d|%6s|%x", 3.14159, 42, "go", 255)
	fmt.Println(s)
	fmt.Println(strings.Repeat("=", 10))
	fmt.Printf("%3d%%\n", 50)
	fmt.Printf("%v %v\n", int8(-5), uint16(65535))
	fmt.Printf("%08b %o %X %#X\n", 5, 64, 3054, 3054)
	fmt.Printf("%q %v %d\n", 'A', 'A', 'A')
	fmt.Printf("%t %v\n", 1 > 0, nil)
	fmt.Printf("%5.1f|%-5.1f|%+.2e\n", 2.25, 2.35, 12345.678)
	type T struct {
		A int
		B []string
		C map[string]int
		D *int
	}
	x := 5
	fmt.Printf("%+v\n", T{1, []string{"x"}, map[string]int{"k": 1}, nil})
	t := T{D: &x}
	fmt.Println(t.D != nil, *t.D)
}
