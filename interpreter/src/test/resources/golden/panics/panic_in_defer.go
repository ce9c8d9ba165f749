package main

import "fmt"

func main() {
	defer fmt.Println("first deferred still runs")
	defer func() {
		panic("panic in defer")
	}()
	fmt.Println("main body")
}
