package main

import (
	"fmt"
	"sync"
)

var total int

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				total++ // unprotected: updates can be lost
			}
			fmt.Println("worker", i, "done")
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
}
