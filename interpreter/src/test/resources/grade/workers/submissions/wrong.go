package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for k := 0; k < 1000; k++ {
				total++
			}
			mu.Unlock()
			fmt.Println("worker", i, "done")
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
}
