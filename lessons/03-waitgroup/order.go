package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("worker", i, "done")
		}()
	}
	wg.Wait()
	fmt.Println("all workers done")
}
