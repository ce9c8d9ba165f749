package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func info(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s:%d:%v", prefix, len(vals), vals)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func isNil(xs ...string) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(info("p"), info("q", 1, "a", nil))
	ifs := []interface{}{1, 2}
	fmt.Println(info("r", ifs...))
	modify(nums...)
	fmt.Println(nums)
	modify(1, 2)
	fmt.Println(isNil(), isNil([]string{}...), isNil(nil...))
	fmt.Println(strings.Join([]string{"a", "b"}, "-"))
	f := sum
	fmt.Println(f(1, 1))
	fmt.Printf("%T\n", f)
	g := func(sep string, parts ...string) string { return strings.Join(parts, sep) }
	fmt.Println(g(",", "x", "y", "z"))
	fmt.Println(append([]int{1}, nums[1:]...))
}
