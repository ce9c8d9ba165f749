package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				total++
			}
			fmt.Println("worker", i, "done")
		}
	}
	wg.Wait()
	fmt.Println("total", total)
}
