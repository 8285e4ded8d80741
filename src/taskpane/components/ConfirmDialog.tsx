// A question that must be answered before anything is written or removed. The safe answer is the
// primary button, so Enter never destroys anything.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import * as React from "react";

interface Props {
  title: string;
  text: string;
  /** The things the answer is about, one list item each. */
  items: string[];
  keepLabel: string;
  agreeLabel: string;
  onAnswer(agreed: boolean): void;
}

export function ConfirmDialog(props: Props): React.JSX.Element {
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <p>{props.text}</p>
            <ul>
              {props.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(false)}>
              {props.keepLabel}
            </Button>
            <Button onClick={() => props.onAnswer(true)}>{props.agreeLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
