package main

import (
	"fmt"
	"sync"
)

func Count(n, workers int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	c := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n/workers; i++ {
				mu.Lock()
				c++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return c
}

func main() {
	fmt.Println(Count(1000, 4))
}
