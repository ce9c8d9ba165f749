package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		v := <-ch
		fmt.Println("got", v)
		done <- true
	}()
	ch <- 42
	<-done
	fmt.Println("end")
}
