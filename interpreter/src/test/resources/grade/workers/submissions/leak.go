package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("worker", i, "done")
			results <- 1000
		}()
	}
	total := 0
	for k := 0; k < 10; k++ {
		total += <-results
	}
	fmt.Println("total", total)
	go func() {
		results <- 0 // nobody receives: this goroutine never ends
	}()
	wg.Wait()
}
