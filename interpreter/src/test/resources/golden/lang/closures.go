package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	next2, _ := counter()
	fmt.Println(next2())
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * x }))
	add5 := adder(5)
	fmt.Println(add5(1), adder(10)(1))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var rfuncs []func() string
	for _, s := range []string{"a", "b", "c"} {
		rfuncs = append(rfuncs, func() string { return s })
	}
	for _, f := range rfuncs {
		fmt.Print(f())
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("defer", i, " ") }()
	}
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
	acc := 0
	for i := range 5 {
		func() { acc += i }()
	}
	fmt.Println(acc)
	mk := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	g1, g2 := mk(), mk()
	g1()
	g1()
	fmt.Println(g1(), g2())
	j := 0
	for j < 3 {
		defer func() { fmt.Print("j", j, " ") }()
		j++
	}
}
