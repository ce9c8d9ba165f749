package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10_000
	results := make(chan int, n) // room for every result: no sender waits
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { // one goroutine per number
			defer wg.Done()
			results <- i % 7
		}()
	}
	wg.Wait() // every goroutine has finished
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}
