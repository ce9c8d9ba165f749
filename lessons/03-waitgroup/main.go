package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(i + 1) // each goroutine writes only its own slot
		}()
	}
	wg.Wait() // blocks until the counter is back at zero
	fmt.Println(results)
}
