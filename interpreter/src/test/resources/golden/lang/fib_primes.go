package main

import "fmt"

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func primes(n int) []int {
	sieve := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if !sieve[i] {
			ps = append(ps, i)
			for j := i * i; j <= n; j += i {
				sieve[j] = true
			}
		}
	}
	return ps
}

func main() {
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(primes(50))
	var grid [3][4]int
	for r := range grid {
		for c := range grid[r] {
			grid[r][c] = r * c
		}
	}
	fmt.Println(grid)
	total := 0
	for _, row := range grid {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println(total)
}
