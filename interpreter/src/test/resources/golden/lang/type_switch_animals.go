package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct{ Base }

func (Dog) Sound() string { return "woof" }

type Cat struct {
	Base
	lives int
}

func (c *Cat) Sound() string { c.lives--; return "meow" }

func describe(a Animal) string {
	switch v := a.(type) {
	case Dog:
		return "dog " + v.Name()
	case *Cat:
		return fmt.Sprintf("cat %s with %d lives", v.Name(), v.lives)
	}
	return "?"
}

func main() {
	animals := []Animal{Dog{Base{"rex"}}, &Cat{Base{"tom"}, 9}}
	for _, a := range animals {
		fmt.Println(a.Name(), a.Sound(), describe(a))
	}
	c := animals[1].(*Cat)
	fmt.Println(c.lives)
	_, isDog := animals[1].(Dog)
	fmt.Println(isDog)
}
