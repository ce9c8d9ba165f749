package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for _, name := range []string{"tick", "tock"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= 3; i++ {
				fmt.Println(name, i)
				runtime.Gosched() // let the other one have a turn
			}
		}()
	}
	wg.Wait()
}
