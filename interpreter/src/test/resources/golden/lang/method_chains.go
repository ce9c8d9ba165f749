package main

import "fmt"

type Acc struct{ bal int }

func (a *Acc) Deposit(n int) *Acc { a.bal += n; return a }
func (a Acc) Balance() int          { return a.bal }

func main() {
	a := &Acc{}
	a.Deposit(10).Deposit(20)
	fmt.Println(a.Balance())
	dep := a.Deposit
	dep(5)
	bal := a.Balance
	dep(5)
	fmt.Println(bal(), a.Balance())
	accs := []Acc{{1}, {2}}
	for i := range accs {
		accs[i].Deposit(100)
	}
	fmt.Println(accs)
	f := (*Acc).Deposit
	f(&accs[0], 1)
	g := Acc.Balance
	fmt.Println(g(accs[0]))
	defer fmt.Println("deferred balance:", a.Balance())
	defer a.Deposit(1000)
	a.Deposit(1)
	fmt.Println("final:", a.bal)
}
