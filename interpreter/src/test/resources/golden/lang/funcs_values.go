package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

func apply(op Op, a, b int) int { return op(a, b) }

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(apply(ops["add"], 2, 3), apply(ops["mul"], 2, 3))
	var nilOp Op
	fmt.Println(nilOp == nil, ops["missing"] == nil)
	up := compose(strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" })
	fmt.Println(up("  hi  "))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	table := []struct {
		name string
		f    func(float64) float64
	}{
		{"double", func(x float64) float64 { return x * 2 }},
		{"square", func(x float64) float64 { return x * x }},
	}
	for _, e := range table {
		fmt.Println(e.name, e.f(3))
	}
	fmt.Printf("%T\n", ops["add"])
	var fnIface interface{} = isEven
	if f, ok := fnIface.(func(int) bool); ok {
		fmt.Println("asserted func", f(4))
	}
	counter := func() func() int {
		c := 0
		return func() int {
			c++
			return c
		}
	}()
	counter()
	fmt.Println(counter())
}
