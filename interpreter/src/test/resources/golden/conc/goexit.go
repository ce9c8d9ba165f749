package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred still runs")
		runtime.Goexit()
		fmt.Println("never printed")
	}()
	wg.Wait()
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0)
}
