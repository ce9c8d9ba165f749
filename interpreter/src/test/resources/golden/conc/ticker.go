package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-t.C
		fmt.Println("tick", i, time.Since(start))
	}
	t.Stop()
	fired := make(chan string)
	time.AfterFunc(time.Second, func() { fired <- "after func" })
	fmt.Println(<-fired, time.Since(start))
	tm := time.NewTimer(time.Minute)
	fmt.Println("stopped", tm.Stop())
}
