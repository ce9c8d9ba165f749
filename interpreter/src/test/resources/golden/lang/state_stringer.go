package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
)

var names = [...]string{"Idle", "Running", "Stopped"}

func (s State) String() string {
	if int(s) < len(names) {
		return names[s]
	}
	return "State(" + fmt.Sprint(int(s)) + ")"
}

type Machine struct {
	state State
	log   []string
}

func (m *Machine) Transition(to State) error {
	if m.state == Stopped {
		return fmt.Errorf("cannot go from %v to %v", m.state, to)
	}
	m.log = append(m.log, fmt.Sprintf("%v->%v", m.state, to))
	m.state = to
	return nil
}

func main() {
	var m Machine
	fmt.Println(m.Transition(Running), m.Transition(Stopped), m.Transition(Idle))
	fmt.Println(m.log, m.state, State(9))
	fmt.Printf("%d %v %s %+v\n", m.state, m.state, m.state, m)
}
