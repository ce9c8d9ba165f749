package main

import "fmt"

func main() {
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{10, 20} {
		fs = append(fs, func() int { return v })
	}
	m := map[string]int{"only": 7}
	for k, v := range m {
		fs = append(fs, func() int { return len(k) + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
		i += 0
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	sum := 0
	for i := range 5 {
		defer func() { sum += i }()
	}
	done := make([]bool, 3)
	for i := range done {
		func() { done[i] = true }()
	}
	fmt.Println(done)
}
