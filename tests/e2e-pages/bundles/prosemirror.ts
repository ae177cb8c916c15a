import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { exampleSetup } from 'prosemirror-example-setup';

const view = new EditorView(document.querySelector('#note')!, {
  state: EditorState.create({ schema, plugins: exampleSetup({ schema, menuBar: false }) }),
});
Object.assign(window, {
  editorReady: true,
  editorText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  editorElement: () => view.dom,
});
