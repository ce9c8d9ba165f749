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

func main() {
	done := make(chan struct{})
	go func() {
		woof()
		close(done)
	}()
	meow()
	<-done // main waits here until woof has finished
}
