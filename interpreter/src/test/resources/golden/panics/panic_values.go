package main

type Celsius float64
type Name string

func main() {
	defer func() {
		panic(Name("second"))
	}()
	defer func() {
		panic(Celsius(36.6))
	}()
	panic(42)
}
