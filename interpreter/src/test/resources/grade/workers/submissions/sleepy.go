package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		go func() {
			mu.Lock()
			for k := 0; k < 1000; k++ {
				total++
			}
			mu.Unlock()
			fmt.Println("worker", i, "done")
		}()
	}
	time.Sleep(time.Second)
	fmt.Println("total", total)
}
