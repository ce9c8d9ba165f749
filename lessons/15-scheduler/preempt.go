package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1) // one processor: only one goroutine runs at a time
	go func() {
		for {
			// a busy loop: it never blocks, never yields
		}
	}()
	runtime.Gosched() // let the busy goroutine have the processor
	fmt.Println("main runs again: the busy goroutine was preempted")
}
