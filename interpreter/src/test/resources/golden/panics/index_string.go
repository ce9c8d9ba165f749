package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println(n)
	fmt.Println(s[n])
}
