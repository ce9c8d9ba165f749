package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int, 4)
	var wg sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				results <- w*10 + i
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
	}
	fmt.Println("sum", sum)
	fmt.Println("count", count)
}
