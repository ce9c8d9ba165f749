package main

import "fmt"

func woof() {
	for i := 1; i <= 3; i++ {
		fmt.Println("woof", i)
	}
}

func meow() {
	for i := 1; i <= 3; i++ {
		fmt.Println("meow", i)
	}
}

func moo() {
	for i := 1; i <= 3; i++ {
		fmt.Println("moo", i)
	}
}

func main() {
	// Two goroutines, one channel: each sends once when its animal is done, and main receives
	// twice. (Closing the channel in both would panic: a channel closes only once.)
	done := make(chan struct{})
	go func() {
		woof()
		done <- struct{}{}
	}()
	go func() {
		moo()
		done <- struct{}{}
	}()
	meow()
	<-done
	<-done
}
