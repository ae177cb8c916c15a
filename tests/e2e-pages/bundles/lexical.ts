import { createEditor, $getRoot } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';

const editor = createEditor({ namespace: 'note', onError: (error) => { throw error; } });
editor.setRootElement(document.querySelector<HTMLElement>('#note'));
registerPlainText(editor);
Object.assign(window, {
  editorReady: true,
  editorText: () => editor.getEditorState().read(() => $getRoot().getTextContent()).replace(/\n\n/g, '\n'),
  editorElement: () => document.querySelector('#note'),
});
