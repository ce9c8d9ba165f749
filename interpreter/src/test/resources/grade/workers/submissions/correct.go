package main

import (
	"fmt"
	"sync"
)

func main() {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int
	)
	for i := 1; i <= 10; i++ {
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
