package main

import (
	"fmt"
	"time"
)

func main() {
	fast := make(chan string)
	slow := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fast <- "fast answer"
	}()
	go func() {
		time.Sleep(300 * time.Millisecond)
		slow <- "slow answer"
	}()

	// default: do not wait at all
	select {
	case m := <-fast:
		fmt.Println(m)
	default:
		fmt.Println("nothing ready yet")
	}

	// wait for whichever comes first
	select {
	case m := <-fast:
		fmt.Println("first:", m)
	case m := <-slow:
		fmt.Println("first:", m)
	}

	// give up after 100ms
	select {
	case m := <-slow:
		fmt.Println(m)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("slow service timed out")
	}
}
